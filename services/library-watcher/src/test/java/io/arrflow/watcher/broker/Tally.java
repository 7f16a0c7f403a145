package io.arrflow.watcher.broker;

import io.arrflow.watcher.broker.WebhookStream.Answer;
import java.util.List;
import java.util.Map;

/**
 * What a stream of webhooks came to: how they were answered and what reached the queue. Lost is an
 * accepted webhook without its message; a duplicate is a webhook with more than one. A refused webhook
 * whose message was stored anyway (the broker took it, but its confirm did not come back in time) is
 * counted apart: at least once is the promise, and the arr app's retry of it may be seen twice.
 */
record Tally(int sent, long accepted, long refused, long lost, long duplicates, long storedThoughRefused) {

    static Tally of(List<Answer> answers, Map<Integer, Integer> messages) {
        return new Tally(
                answers.size(),
                answers.stream().filter(Answer::accepted).count(),
                answers.stream().filter(Answer::refused).count(),
                answers.stream()
                        .filter(a -> a.accepted() && messages.getOrDefault(a.number(), 0) == 0)
                        .count(),
                messages.values().stream().filter(count -> count > 1).count(),
                answers.stream()
                        .filter(a -> a.refused() && messages.getOrDefault(a.number(), 0) > 0)
                        .count());
    }

    @Override
    public String toString() {
        return "sent %d, 2xx %d, 503 %d, lost %d, duplicates %d, stored though answered 503 %d"
                .formatted(sent, accepted, refused, lost, duplicates, storedThoughRefused);
    }
}
