package vn.hanoi.gateway.dossiers.intake;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** The online intake on H2, file-backed in a temp dir as the sandbox keeps it. */
class OnlineIntakeH2IT extends OnlineIntakeContract {

    @TempDir
    Path data;

    @Override
    Map<String, Object> database() {
        return Map.of("spring.datasource.url",
                "jdbc:h2:file:" + data.resolve("gateway") + ";MODE=PostgreSQL;AUTO_SERVER=FALSE;WRITE_DELAY=0");
    }
}
