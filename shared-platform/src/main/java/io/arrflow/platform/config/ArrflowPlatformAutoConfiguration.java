package io.arrflow.platform.config;

import io.arrflow.platform.messaging.DeadLetters;
import io.arrflow.platform.messaging.EnvelopeCodec;
import io.arrflow.platform.messaging.MessagePublisher;
import io.arrflow.platform.messaging.QuietRedeliveries;
import io.arrflow.platform.messaging.Topology;
import io.arrflow.platform.redis.RedisJobRegistry;
import io.arrflow.platform.redis.RedisProducedFiles;
import io.arrflow.platform.security.Authenticator;
import io.arrflow.platform.security.BearerTokenAuthenticator;
import io.arrflow.platform.security.MissingCredentials;
import io.arrflow.platform.security.RemoteUserAuthenticator;
import io.arrflow.platform.web.ApiErrors;
import io.arrflow.platform.web.AuthenticationFilter;
import io.arrflow.platform.web.BodySizeLimit;
import io.arrflow.transcode.jobs.JobRegistry;
import io.arrflow.transcode.jobs.ProducedFiles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.AbstractMessageListenerContainer;
import org.springframework.amqp.rabbit.listener.MessageListenerContainer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.data.redis.core.StringRedisTemplate;

/** What every arrflow service gets by depending on shared-platform. */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration"
        })
@EnableConfigurationProperties(ApiProperties.class)
public class ArrflowPlatformAutoConfiguration {

    @Bean
    FileNameEncoding fileNameEncoding() {
        return FileNameEncoding.ofThisJvm();
    }

    @Bean
    EnvelopeCodec envelopeCodec() {
        return new EnvelopeCodec();
    }

    @Bean
    @ConditionalOnBean(RabbitTemplate.class)
    MessagePublisher messagePublisher(
            RabbitTemplate rabbit,
            EnvelopeCodec codec,
            @Value("${spring.application.name:arrflow}") String source,
            @Value("${arrflow.messaging.confirm-timeout:10s}") Duration confirmTimeout) {
        return new MessagePublisher(rabbit, codec, source, confirmTimeout);
    }

    @Bean
    @ConditionalOnBean(MessagePublisher.class)
    DeadLetters deadLetters(MessagePublisher publisher) {
        return new DeadLetters(publisher);
    }

    @Bean
    Declarables arrflowExchanges() {
        return Topology.exchanges();
    }

    @Bean
    @ConditionalOnBean(StringRedisTemplate.class)
    JobRegistry jobRegistry(
            StringRedisTemplate redis, @Value("${arrflow.jobs.keep-finished:7d}") Duration keepFinished) {
        return new RedisJobRegistry(redis, keepFinished);
    }

    @Bean
    @ConditionalOnBean(StringRedisTemplate.class)
    ProducedFiles producedFiles(StringRedisTemplate redis) {
        return new RedisProducedFiles(redis, Duration.ofDays(90));
    }

    /**
     * Every consumer binding's container: redeliveries logged once, by {@code EnvelopeConsumer}; consumers on
     * platform threads. With virtual threads on, the binder's containers would run their consumers as virtual
     * threads too, on the same few carriers as the web requests: a consumer busy probing or decoding holds a
     * carrier, and webhook answers wait for one. Platform threads are time-sliced by the kernel instead.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.cloud.stream.config.ListenerContainerCustomizer")
    static class Bindings {

        @Bean
        ListenerContainerCustomizer<MessageListenerContainer> quietRedeliveries() {
            return (container, destination, group) -> {
                if (container instanceof AbstractMessageListenerContainer listeners) {
                    listeners.setErrorHandler(new QuietRedeliveries());
                    listeners.setTaskExecutor(new SimpleAsyncTaskExecutor(group + "-"));
                }
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class WebSecurity {

        @Bean
        ApiErrors apiErrors() {
            return new ApiErrors();
        }

        @Bean
        FilterRegistrationBean<BodySizeLimit> bodySizeLimit(ApiProperties api) {
            FilterRegistrationBean<BodySizeLimit> registration =
                    new FilterRegistrationBean<>(new BodySizeLimit(api.maxBodySize()));
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
            registration.addUrlPatterns("/*");
            return registration;
        }

        @Bean
        BearerTokenAuthenticator bearerTokenAuthenticator(ApiProperties api) {
            if (api.token() == null || api.token().isBlank()) {
                throw new MissingCredentials("ARRFLOW_API_TOKEN", "The API token");
            }
            return new BearerTokenAuthenticator(api::token);
        }

        @Bean
        FilterRegistrationBean<AuthenticationFilter> authenticationFilter(
                ApiProperties api, ObjectProvider<Authenticator> authenticators) {
            List<Authenticator> accepted =
                    new ArrayList<>(authenticators.orderedStream().toList());
            if (api.trustRemoteUser()) {
                accepted.add(new RemoteUserAuthenticator(api.remoteUserHeader()));
            }
            FilterRegistrationBean<AuthenticationFilter> registration =
                    new FilterRegistrationBean<>(new AuthenticationFilter(accepted));
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
            registration.addUrlPatterns("/*");
            return registration;
        }
    }
}
