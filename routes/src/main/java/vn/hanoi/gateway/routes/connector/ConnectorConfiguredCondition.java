package vn.hanoi.gateway.routes.connector;

import java.util.Map;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** {@link ConditionalOnConnector}: the connector's {@code base-url} resolves to text. */
final class ConnectorConfiguredCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Map<String, Object> attributes = metadata.getAnnotationAttributes(ConditionalOnConnector.class.getName());
        String connector = (String) attributes.get("value");
        return StringUtils.hasText(context.getEnvironment().getProperty("gateway.connectors." + connector + ".base-url"));
    }
}
