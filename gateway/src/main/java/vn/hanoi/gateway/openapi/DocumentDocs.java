package vn.hanoi.gateway.openapi;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.hanoi.gateway.correlation.CorrelationIdFilter;
import vn.hanoi.gateway.problem.ErrorCode;
import vn.hanoi.gateway.routes.registers.Registers;

/**
 * Completes the OpenAPI document once every operation is in it: the problem schema, the canonical
 * records of the lookups (every field always present, null when absent, lists never null), the
 * actuator endpoints of the public contract, {@code X-Correlation-Id} on every request and answer, and
 * each problem example's {@code instance} set to its operation's path.
 */
@Component
class DocumentDocs implements OpenApiCustomizer {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final String APPLICATION_JSON = "application/json";

    private final ApplicationContext context;
    private final Registers registers;

    DocumentDocs(ApplicationContext context, Registers registers) {
        this.context = context;
        this.registers = registers;
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().addSchemas("FieldError", fieldError()).addSchemas("Problem", problem());
        lookupRecords().forEach(record -> addCanonical(openApi, record));
        ActuatorDocs.addTo(openApi, registers.all().isEmpty() ? "register" : registers.all().get(0).name());
        openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
            correlationId(operation);
            problemInstances(path, operation);
        }));
    }

    private Set<Class<?>> lookupRecords() {
        Set<Class<?>> records = new LinkedHashSet<>();
        context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class).getHandlerMethods()
                .values().stream()
                .map(method -> method.getMethodAnnotation(LookupApi.class))
                .filter(Objects::nonNull)
                .forEach(lookup -> records.add(lookup.value()));
        return records;
    }

    @SuppressWarnings("rawtypes")
    private static void addCanonical(OpenAPI openApi, Class<?> record) {
        Map<String, Schema> schemas = ModelConverters.getInstance().readAll(record);
        schemas.forEach((name, schema) -> openApi.getComponents().getSchemas().putIfAbsent(name, schema));
        alwaysPresent(record, openApi.getComponents().getSchemas(), new LinkedHashSet<>());
    }

    /** Every field of a canonical record is present; all but primitives and lists may be null. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void alwaysPresent(Class<?> type, Map<String, Schema> schemas, Set<Class<?>> seen) {
        Schema schema = schemas.get(type.getSimpleName());
        if (!type.isRecord() || !seen.add(type) || schema == null || schema.getProperties() == null) {
            return;
        }
        Map<String, Schema> properties = schema.getProperties();
        for (RecordComponent component : type.getRecordComponents()) {
            Schema property = properties.get(component.getName());
            Class<?> fieldType = component.getType();
            if (property == null) {
                continue;
            }
            if (!fieldType.isPrimitive() && !Collection.class.isAssignableFrom(fieldType)) {
                properties.put(component.getName(), nullable(property));
            }
            alwaysPresent(fieldType, schemas, seen);
            if (component.getGenericType() instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> element) {
                alwaysPresent(element, schemas, seen);
            }
        }
        schema.setRequired(new ArrayList<>(properties.keySet()));
    }

    /**
     * The OpenAPI 3.0 way to let a field be null: {@code nullable}, with null among an enum's values; for
     * a reference, any of the referenced schema or null only (a sibling of {@code $ref} would be ignored).
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema nullable(Schema property) {
        if (property.get$ref() == null) {
            if (property.getEnum() != null && !property.getEnum().contains(null)) {
                List<Object> values = new ArrayList<>(property.getEnum());
                values.add(null);
                property.setEnum(values);
            }
            return property.nullable(true);
        }
        Schema<Object> nullOnly = new ObjectSchema();
        nullOnly.setNullable(true);
        nullOnly.setEnum(new ArrayList<>(Collections.singletonList(null)));
        return new ComposedSchema().anyOf(List.of(new Schema<>().$ref(property.get$ref()), nullOnly));
    }

    private static void correlationId(Operation operation) {
        boolean declared = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> CorrelationIdFilter.HEADER.equals(p.getName()));
        if (!declared) {
            operation.addParametersItem(AccessDocs.header(CorrelationIdFilter.HEADER, false, "^[A-Za-z0-9._:-]{1,64}$",
                    "The caller's id for this request, echoed back and carried into logs and audit records; a new "
                            + "one is made when absent or malformed.", "dossier-D-1-lookup-1"));
        }
        if (operation.getResponses() != null) {
            operation.getResponses().values().forEach(response -> response.addHeaderObject(CorrelationIdFilter.HEADER,
                    new Header().description("The request's correlation id").schema(new StringSchema())));
        }
    }

    /** Sets each problem example's {@code instance} to the operation's path with example identifiers. */
    @SuppressWarnings("unchecked")
    private static void problemInstances(String path, Operation operation) {
        String instance = path;
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if ("path".equals(parameter.getIn()) && parameter.getExample() != null) {
                    instance = instance.replace("{" + parameter.getName() + "}",
                            parameter.getExample().toString().replace(" ", "%20"));
                }
            }
        }
        if (operation.getResponses() == null) {
            return;
        }
        for (ApiResponse response : operation.getResponses().values()) {
            MediaType problem = response.getContent() == null ? null : response.getContent().get(ProblemDocs.MEDIA_TYPE);
            if (problem != null && problem.getExamples() != null) {
                String concrete = instance;
                problem.getExamples().values().forEach(example -> {
                    if (example.getValue() instanceof Map<?, ?> body) {
                        ((Map<String, Object>) body).put("instance", concrete);
                    }
                });
            }
        }
    }

    private static Schema<?> fieldError() {
        return new ObjectSchema()
                .description("One broken rule of a request")
                .addProperty("field", new StringSchema().example("personalId"))
                .addProperty("code", new StringSchema().description("The rule, e.g. INVALID_PERSONAL_ID")
                        .example("INVALID_PERSONAL_ID"))
                .addProperty("message", new StringSchema())
                .required(List.of("field", "code", "message"));
    }

    private static Schema<?> problem() {
        return new ObjectSchema()
                .description("An error, as application/problem+json (RFC 9457) with the contract's code")
                .addProperty("type", new StringSchema().example(ErrorCode.NOT_FOUND.type()))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().description("The request's path"))
                .addProperty("code", new StringSchema()._enum(Arrays.stream(ErrorCode.values()).map(Enum::name).toList()))
                .addProperty("correlationId", new StringSchema())
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref(SCHEMAS + "FieldError"))
                        .description("With VALIDATION_FAILED: each broken rule"))
                .required(List.of("type", "title", "status", "detail", "instance", "code", "correlationId"));
    }

    static Content json(Schema<?> schema, Object example) {
        MediaType media = new MediaType().schema(schema);
        if (example != null) {
            media.setExample(example);
        }
        return new Content().addMediaType(APPLICATION_JSON, media);
    }
}
