package io.arrflow.planted.framework.orders;

import org.springframework.util.StringUtils;

/** Breaks (a): a domain class that uses Spring. */
public record Order(String id) {

    public boolean named() {
        return StringUtils.hasText(id);
    }
}
