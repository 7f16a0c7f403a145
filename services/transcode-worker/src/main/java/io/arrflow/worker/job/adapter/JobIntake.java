package io.arrflow.worker.job.adapter;

import com.rabbitmq.client.GetResponse;
import io.arrflow.transcode.process.Commands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.api.ChannelAwareMessageListener;
import org.springframework.amqp.rabbit.support.DefaultMessagePropertiesConverter;
import org.springframework.context.SmartLifecycle;

/**
 * Encode slots that take jobs. Each slot fetches one job at a time with {@code basic.get} and manual
 * acknowledgement (its own queues first, then {@code any}), so a busy worker never holds a job
 * another worker could start. Start-up recovery runs before the first job. On stop (SIGTERM) slots
 * take nothing more; running jobs get the grace period, then their ffmpeg is stopped and the job is
 * requeued.
 */
public final class JobIntake implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobIntake.class);

    private final RabbitTemplate rabbit;
    private final Map<String, ChannelAwareMessageListener> listeners;
    private final int slots;
    private final Duration pollInterval;
    private final Duration gracePeriod;
    private final Commands commands;
    private final Runnable beforeStart;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    public JobIntake(
            RabbitTemplate rabbit,
            Map<String, ChannelAwareMessageListener> listeners,
            int slots,
            Duration pollInterval,
            Duration gracePeriod,
            Commands commands,
            Runnable beforeStart) {
        this.rabbit = rabbit;
        this.listeners = new LinkedHashMap<>(listeners);
        this.slots = slots;
        this.pollInterval = pollInterval;
        this.gracePeriod = gracePeriod;
        this.commands = commands;
        this.beforeStart = beforeStart;
    }

    @Override
    public void start() {
        beforeStart.run();
        running = true;
        for (int slot = 1; slot <= slots; slot++) {
            threads.add(Thread.ofPlatform().name("encode-slot-" + slot).start(this::takeJobs));
        }
        log.info("taking jobs from {} with {} encode slot(s)", listeners.keySet(), slots);
    }

    @Override
    public void stop() {
        running = false;
        log.info("stopping: no new jobs; running jobs have {} to finish", gracePeriod);
        if (!joinAll(gracePeriod)) {
            log.warn("grace period over: stopping ffmpeg, unfinished jobs go back to the queue");
            commands.abortAll();
            joinAll(Duration.ofSeconds(30));
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void takeJobs() {
        while (running) {
            try {
                if (!takeOne()) {
                    Thread.sleep(pollInterval);
                }
            } catch (AmqpException e) {
                log.warn("cannot fetch jobs from RabbitMQ: {}", e.getMessage());
                pause(pollInterval.multipliedBy(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private boolean takeOne() {
        for (Map.Entry<String, ChannelAwareMessageListener> queue : listeners.entrySet()) {
            if (!running) {
                return true;
            }
            Boolean took = rabbit.execute(channel -> {
                GetResponse response = channel.basicGet(queue.getKey(), false);
                if (response == null) {
                    return false;
                }
                queue.getValue().onMessage(toMessage(queue.getKey(), response), channel);
                return true;
            });
            if (Boolean.TRUE.equals(took)) {
                return true;
            }
        }
        return false;
    }

    private static Message toMessage(String queue, GetResponse response) {
        MessageProperties properties = new DefaultMessagePropertiesConverter()
                .toMessageProperties(response.getProps(), response.getEnvelope(), "UTF-8");
        properties.setConsumerQueue(queue);
        return new Message(response.getBody(), properties);
    }

    private boolean joinAll(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        for (Thread thread : threads) {
            long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
            try {
                if (!thread.join(Duration.ofMillis(left))) {
                    return false;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
