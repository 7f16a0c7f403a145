package io.arrflow.platform.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The API credentials every arrflow service accepts.
 *
 * @param token the bearer token ({@code ARRFLOW_API_TOKEN} or {@code ARRFLOW_API_TOKEN_FILE})
 * @param trustRemoteUser accept the {@code Remote-User} header set by Authelia's forward auth; only
 *     when the service is reachable through that proxy alone
 * @param remoteUserHeader the header name to trust
 * @param maxBodySize the largest request body accepted (arr webhooks and API requests are a few KB);
 *     a larger one is answered 413 before it is read
 */
@ConfigurationProperties("arrflow.api")
public record ApiProperties(String token, boolean trustRemoteUser, String remoteUserHeader, DataSize maxBodySize) {

    public static final DataSize DEFAULT_MAX_BODY_SIZE = DataSize.ofMegabytes(1);

    public ApiProperties {
        remoteUserHeader = remoteUserHeader == null || remoteUserHeader.isBlank() ? "Remote-User" : remoteUserHeader;
        maxBodySize = maxBodySize == null ? DEFAULT_MAX_BODY_SIZE : maxBodySize;
    }
}
