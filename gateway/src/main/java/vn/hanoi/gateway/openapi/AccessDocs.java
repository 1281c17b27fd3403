package vn.hanoi.gateway.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.DateTimeSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.stream.Stream;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import vn.hanoi.gateway.access.Access;
import vn.hanoi.gateway.access.AccessPolicy;
import vn.hanoi.gateway.problem.ErrorCode;
import vn.hanoi.gateway.routes.registers.RegisterDescriptor;
import vn.hanoi.gateway.routes.registers.Registers;

/**
 * Documents each operation from what the code already declares, so an endpoint gets its headers and
 * problems without repeating them: from its {@code @Access} rule the credential with 401 and 403 (a public
 * one needs none, and answers 401 only to a credential it refuses), and for personal data the purpose
 * headers with 400 {@code PURPOSE_REQUIRED}; from {@link LookupApi} the canonical record, its example, the
 * lookup headers and the upstream problems; and identifiers by name ({@link IdentifierDocs}).
 */
@Component
class AccessDocs implements OperationCustomizer {

    // The purpose headers' rules, as AccessPolicy enforces them (Purpose).
    private static final String DOSSIER_CODE = "^[A-Za-z0-9._-]{1,64}$";
    private static final String OFFICER_ID = "^[A-Za-z0-9._@-]{1,64}$";

    private static final String APPLICATION_JSON = "application/json";
    /** The warehouse's documents answer as a source too (prefill), besides the registers. */
    private static final String WAREHOUSE = "warehouse";

    private final Examples examples;
    private final IdentifierDocs identifiers;
    private final List<String> sourceSystems;

    AccessDocs(Examples examples, IdentifierDocs identifiers, Registers registers) {
        this.examples = examples;
        this.identifiers = identifiers;
        this.sourceSystems = Stream.concat(registers.all().stream().map(RegisterDescriptor::sourceSystem),
                Stream.of(WAREHOUSE)).toList();
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        Access rule = AccessPolicy.ruleOf(handler);
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(identifiers::describe);
        }
        if (rule == null || rule.value() == Access.Scope.PUBLIC) {
            operation.setSecurity(List.of());
            ProblemDocs.add(operation, ErrorCode.UNAUTHENTICATED);
        } else {
            operation.setDescription(join(operation.getDescription(), "Needs a client entitled to the `"
                    + rule.dataset() + "` dataset."));
            if (rule.personalData()) {
                operation.addParametersItem(header("X-Dossier-Code", true, DOSSIER_CODE,
                        "The dossier this lookup serves (recorded in the audit trail).", "D-1"));
                operation.addParametersItem(header("X-Officer-Id", true, OFFICER_ID,
                        "The official making the lookup (recorded in the audit trail).", "can-bo-1"));
                ProblemDocs.add(operation, ErrorCode.PURPOSE_REQUIRED);
            }
            ProblemDocs.add(operation, ErrorCode.UNAUTHENTICATED, ErrorCode.FORBIDDEN);
        }
        LookupApi lookup = handler.getMethodAnnotation(LookupApi.class);
        if (lookup != null) {
            documentLookup(operation, lookup);
        }
        return operation;
    }

    private void documentLookup(Operation operation, LookupApi lookup) {
        MediaType json = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + lookup.value().getSimpleName()));
        examples.fixture(lookup.example()).ifPresent(value -> json.addExamples("sandbox", new Example()
                .summary("A sandbox answer (fixtures/" + lookup.example() + ")").value(value)));
        ApiResponse found = new ApiResponse()
                .description("The canonical record")
                .content(new Content().addMediaType(APPLICATION_JSON, json))
                .addHeaderObject("X-Source-System", new Header().description("The system that answered")
                        .schema(new StringSchema()._enum(sourceSystems)))
                .addHeaderObject("X-Cache", new Header().description("HIT: a fresh cached copy; MISS: the upstream "
                        + "just now; STALE: the upstream is failing and a copy past its freshness time was served")
                        .schema(new StringSchema()._enum(List.of("HIT", "MISS", "STALE"))))
                .addHeaderObject("X-Retrieved-At", new Header().description("When the upstream answered (+07:00)")
                        .schema(new DateTimeSchema()));
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        responses.put("200", found);
        operation.setResponses(responses);
        ProblemDocs.add(operation, ErrorCode.VALIDATION_FAILED, ErrorCode.NOT_FOUND,
                ErrorCode.UPSTREAM_ERROR, ErrorCode.UPSTREAM_UNAVAILABLE, ErrorCode.UPSTREAM_TIMEOUT);
    }

    /** A request header parameter with its pattern and example. */
    static Parameter header(String name, boolean required, String pattern, String description, String example) {
        StringSchema schema = new StringSchema();
        schema.setPattern(pattern);
        return new HeaderParameter().name(name).required(required).description(description).example(example).schema(schema);
    }

    private static String join(String first, String second) {
        return first == null || first.isBlank() ? second : first + "\n\n" + second;
    }
}
