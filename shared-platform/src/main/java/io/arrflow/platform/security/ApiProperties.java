package io.arrflow.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The API credentials every arrflow service accepts.
 *
 * @param token the bearer token ({@code ARRFLOW_API_TOKEN} or {@code ARRFLOW_API_TOKEN_FILE})
 * @param trustRemoteUser accept the {@code Remote-User} header set by Authelia's forward auth; only
 *     when the service is reachable through that proxy alone
 * @param remoteUserHeader the header name to trust
 */
@ConfigurationProperties("arrflow.api")
public record ApiProperties(String token, boolean trustRemoteUser, String remoteUserHeader) {

    public ApiProperties {
        remoteUserHeader = remoteUserHeader == null || remoteUserHeader.isBlank() ? "Remote-User" : remoteUserHeader;
    }
}
