package io.arrflow.alerts;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when both Basic credentials for {@code /alertmanager} are configured. */
class BasicCredentialsSet implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var env = context.getEnvironment();
        return !env.getProperty("arrflow.alerts.alertmanager.username", "").isBlank()
                && !env.getProperty("arrflow.alerts.alertmanager.password", "").isBlank();
    }
}
