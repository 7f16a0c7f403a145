package io.arrflow.watcher.library;

import io.arrflow.transcode.paths.PathMapper;
import io.arrflow.watcher.WatcherProperties;
import java.io.IOException;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.TaskScheduler;

@Configuration(proxyBeanMethods = false)
class LibraryConfiguration {

    @Bean
    PathMapper pathMapper(WatcherProperties properties) {
        return new PathMapper(properties.path().mappings(), "ARRFLOW_PATH_MAPPINGS");
    }

    @Bean
    LibraryGuard libraryGuard(WatcherProperties properties) {
        return new LibraryGuard(properties.library().roots());
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "arrflow.library.watch", havingValue = "true", matchIfMissing = true)
    FolderWatcher folderWatcher(
            LibraryGuard guard, WatcherProperties properties, FileSink sink, TaskScheduler scheduler)
            throws IOException {
        Duration stableAfter = properties.library().stableAfter();
        FolderWatcher watcher = new FolderWatcher(guard.roots(), new StabilityTracker(stableAfter), sink);
        watcher.start();
        Duration tick = stableAfter.dividedBy(2).compareTo(Duration.ofMillis(200)) < 0
                ? Duration.ofMillis(200)
                : stableAfter.dividedBy(2);
        scheduler.scheduleWithFixedDelay(watcher::reportStableFiles, tick);
        return watcher;
    }

    @Bean
    LibraryScanner libraryScanner(
            LibraryGuard guard, FileSink sink, WatcherProperties properties, TaskScheduler scheduler) {
        LibraryScanner scanner = new LibraryScanner(guard.roots(), sink);
        Duration interval = properties.library().rescanInterval();
        if (!interval.isZero() && !interval.isNegative()) {
            scheduler.scheduleWithFixedDelay(
                    scanner::scan, java.time.Instant.now().plus(interval), interval);
        }
        return scanner;
    }
}
