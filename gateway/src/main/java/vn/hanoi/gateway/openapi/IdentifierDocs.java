package vn.hanoi.gateway.openapi;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.hanoi.gateway.routes.registers.IdentifierParameter;
import vn.hanoi.gateway.routes.registers.RegisterDescriptor;
import vn.hanoi.gateway.routes.registers.Registers;

/**
 * How the OpenAPI document describes an identifier wherever an endpoint takes it (path or query), by
 * parameter name, as the register that owns it declares it ({@link RegisterDescriptor#identifiers()}): one place
 * for every endpoint that takes a {@code personalId}, present or future. The examples are fixtures the sandbox
 * answers; the patterns are the shape only, the rules are stricter.
 */
@Component
class IdentifierDocs {

    private final Map<String, IdentifierParameter> byName = new LinkedHashMap<>();

    IdentifierDocs(Registers registers) {
        for (RegisterDescriptor register : registers.all()) {
            for (IdentifierParameter identifier : register.identifiers()) {
                IdentifierParameter earlier = byName.putIfAbsent(identifier.name(), identifier);
                if (earlier != null) {
                    throw new IllegalStateException("two registers document the identifier " + identifier.name()
                            + ": one register owns it, the others' endpoints reuse its documentation");
                }
            }
        }
    }

    void describe(Parameter parameter) {
        IdentifierParameter doc = byName.get(parameter.getName());
        if (doc == null) {
            return;
        }
        StringSchema schema = new StringSchema();
        schema.setPattern(doc.pattern());
        parameter.description(doc.description()).example(doc.example()).schema(schema);
    }
}
