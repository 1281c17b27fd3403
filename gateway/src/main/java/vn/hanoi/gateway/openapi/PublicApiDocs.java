package vn.hanoi.gateway.openapi;

import org.springdoc.core.customizers.SpringDocCustomizers;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springdoc.core.providers.SpringDocProviders;
import org.springdoc.core.providers.SpringWebProvider;
import org.springdoc.core.service.AbstractRequestService;
import org.springdoc.core.service.GenericResponseService;
import org.springdoc.core.service.OpenAPIService;
import org.springdoc.core.service.OperationService;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springdoc.webmvc.ui.SwaggerConfigResource;
import org.springdoc.webmvc.ui.SwaggerWelcomeCommon;
import org.springdoc.webmvc.ui.SwaggerWelcomeWebMvc;
import org.springframework.beans.factory.ObjectFactory;
import vn.hanoi.gateway.access.Access;

/**
 * springdoc's own endpoints ({@code /v3/api-docs}, {@code /swagger-ui.html} and the UI's configuration),
 * unchanged but for their access rule: every endpoint of the gateway states one, and these are public
 * (they describe the API and hold no data). Declared in {@link OpenApiConfiguration} in place of springdoc's.
 */
final class PublicApiDocs {

    private PublicApiDocs() {
    }

    @Access(Access.Scope.PUBLIC)
    static class Document extends OpenApiWebMvcResource {
        Document(ObjectFactory<OpenAPIService> openApi, AbstractRequestService requests,
                 GenericResponseService responses, OperationService operations, SpringDocConfigProperties properties,
                 SpringDocProviders providers, SpringDocCustomizers customizers) {
            super(openApi, requests, responses, operations, properties, providers, customizers);
        }
    }

    @Access(Access.Scope.PUBLIC)
    static class Welcome extends SwaggerWelcomeWebMvc {
        Welcome(SwaggerUiConfigProperties ui, SpringDocConfigProperties properties, SpringWebProvider web) {
            super(ui, properties, web);
        }
    }

    @Access(Access.Scope.PUBLIC)
    static class UiConfiguration extends SwaggerConfigResource {
        UiConfiguration(SwaggerWelcomeCommon welcome) {
            super(welcome);
        }
    }
}
