package io.arrflow.alerts.incident;

import io.arrflow.alerts.AlertsProperties;
import io.arrflow.alerts.alert.Severity;
import io.arrflow.alerts.incident.adapter.RedisGroupStore;
import io.arrflow.alerts.incident.adapter.RedisNoticeDedupe;
import io.arrflow.alerts.routing.Router;
import io.arrflow.alerts.silence.SilenceStore;
import io.arrflow.alerts.silence.adapter.RedisSilenceStore;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/** Groups, their store, and the tick that sends due groups. */
@Configuration(proxyBeanMethods = false)
class IncidentConfiguration {

    @Bean
    SilenceStore silenceStore(StringRedisTemplate redis) {
        return new RedisSilenceStore(redis);
    }

    @Bean
    Incidents incidents(
            AlertsProperties properties,
            StringRedisTemplate redis,
            Router router,
            SilenceStore silences,
            Incidents.Outbox outbox,
            Clock clock) {
        Timing timing = new Timing(
                properties.groupWait(),
                properties.groupInterval(),
                properties.repeatInterval(),
                properties.resolveWait());
        return new Incidents(
                new RedisGroupStore(redis),
                router,
                timing,
                quietHours(properties.quietHours()),
                silences,
                new RedisNoticeDedupe(redis, properties.noticeDedupe()),
                outbox,
                clock);
    }

    @Bean
    DueGroups dueGroups(Incidents incidents) {
        return new DueGroups(incidents);
    }

    static QuietHours quietHours(AlertsProperties.QuietHoursSpec spec) {
        if (spec == null) {
            return QuietHours.none();
        }
        return new QuietHours(spec.start(), spec.end(), ZoneId.of(spec.zone()), Severity.parse(spec.bypass()));
    }

    /** Looks at due groups every {@code arrflow.alerts.tick}. */
    static final class DueGroups {

        private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DueGroups.class);
        private final Incidents incidents;

        DueGroups(Incidents incidents) {
            this.incidents = incidents;
        }

        @Scheduled(fixedDelayString = "${arrflow.alerts.tick:1s}")
        void flush() {
            try {
                incidents.flushDue();
            } catch (RuntimeException e) {
                log.warn("due groups not sent, trying again next tick: {}", e.toString());
            }
        }
    }
}
