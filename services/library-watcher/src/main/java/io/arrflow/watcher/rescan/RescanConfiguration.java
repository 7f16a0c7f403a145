package io.arrflow.watcher.rescan;

import io.arrflow.platform.messaging.MessagePublisher;
import io.arrflow.watcher.WatcherProperties;
import io.arrflow.watcher.rescan.adapter.AnnouncedRescanReports;
import io.arrflow.watcher.rescan.adapter.ArrClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RescanConfiguration {

    @Bean
    ArrConnections arrConnections(WatcherProperties properties) {
        return new ArrConnections(properties.arr());
    }

    @Bean
    RescanHandler rescanHandler(ArrConnections connections, MessagePublisher publisher, WatcherProperties properties) {
        return new RescanHandler(
                connections, new ArrClient(), new AnnouncedRescanReports(publisher), properties.rescan());
    }
}
