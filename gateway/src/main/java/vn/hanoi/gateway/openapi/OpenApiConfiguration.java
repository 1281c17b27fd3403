package vn.hanoi.gateway.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springdoc.core.customizers.SpringDocCustomizers;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springdoc.core.providers.SpringDocProviders;
import org.springdoc.core.providers.SpringWebProvider;
import org.springdoc.core.service.AbstractRequestService;
import org.springdoc.core.service.GenericResponseService;
import org.springdoc.core.service.OpenAPIService;
import org.springdoc.core.service.OperationService;
import org.springdoc.core.utils.SpringDocUtils;
import org.springdoc.webmvc.ui.SwaggerWelcomeCommon;
import org.springframework.beans.factory.ObjectFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import vn.hanoi.gateway.routes.registers.Registers;

/**
 * The OpenAPI document's frame: what the API is, its credentials (an API key or a bearer token, required
 * unless an operation is public), its tags, and the public springdoc endpoints ({@link PublicApiDocs}).
 * Operations are documented by {@link AccessDocs}; the rest of the document by {@link DocumentDocs}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String API_KEY = "apiKey";
    static final String BEARER = "bearer";

    static {
        SpringDocUtils.getConfig()
                .replaceWithSchema(YearMonth.class, new StringSchema().pattern("^[0-9]{4}-[0-9]{2}$")
                        .description("A month, YYYY-MM").example("2024-05"));
    }

    @Bean
    OpenAPI gatewayOpenApi(Registers registers) {
        registers.all().forEach(register -> register.valueSchemas().forEach(value -> SpringDocUtils.getConfig()
                .replaceWithSchema(value.type(), new StringSchema().description(value.description())
                        .example(value.example()))));
        List<Tag> tags = new ArrayList<>();
        registers.all().forEach(register -> tags.add(new Tag().name(register.apiTag()).description(register.displayName())));
        tags.add(new Tag().name("Operations").description("Health, metrics and the ops page (docs/operations.md)"));
        return new OpenAPI()
                .info(new Info()
                        .title("Hà Nội data-sharing gateway")
                        .version("v1")
                        .description("""
                                The gateway between Hà Nội's one-stop-shop back end and the national databases.
                                JSON in UTF-8, camelCase fields, ISO-8601 dates, instants with offset; absent
                                values are null and empty lists []. Every answer carries X-Correlation-Id; every
                                error is application/problem+json (RFC 9457) with a stable `code`. Personal data
                                needs X-Dossier-Code and X-Officer-Id (the purpose, recorded in the audit trail).
                                """))
                .servers(List.of(new Server().url("/").description("This gateway")))
                .components(new Components()
                        .addSecuritySchemes(API_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-API-Key")
                                .description("The client's API key (sandbox and small deployments)."))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("A token from the city's identity provider (production).")))
                .security(List.of(new SecurityRequirement().addList(API_KEY), new SecurityRequirement().addList(BEARER)))
                .tags(tags);
    }

    @Bean
    @Lazy(false)
    PublicApiDocs.Document publicOpenApiDocument(ObjectFactory<OpenAPIService> openApi, AbstractRequestService requests,
                                                 GenericResponseService responses, OperationService operations,
                                                 SpringDocConfigProperties properties, SpringDocProviders providers,
                                                 SpringDocCustomizers customizers) {
        return new PublicApiDocs.Document(openApi, requests, responses, operations, properties, providers, customizers);
    }

    @Bean
    @Lazy(false)
    PublicApiDocs.Welcome publicSwaggerWelcome(SwaggerUiConfigProperties ui, SpringDocConfigProperties properties,
                                               SpringWebProvider web) {
        return new PublicApiDocs.Welcome(ui, properties, web);
    }

    @Bean
    @Lazy(false)
    PublicApiDocs.UiConfiguration publicSwaggerUiConfiguration(SwaggerWelcomeCommon welcome) {
        return new PublicApiDocs.UiConfiguration(welcome);
    }
}
