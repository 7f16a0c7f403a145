package io.arrflow.prober.web;

import io.arrflow.platform.config.ApiProperties;
import io.arrflow.platform.security.BasicAuthenticator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    /**
     * Lets a browser open the status page: it asks for user {@code arrflow} and the API token as the
     * password (the same token as the Bearer header), then sends them with every request.
     */
    @Bean
    BasicAuthenticator browserLogin(ApiProperties api) {
        return new BasicAuthenticator("/", "arrflow", api.token());
    }
}
