package dev.codeloop.protocol.initialize;

import java.util.List;

/**
 * Capabilities a client declares once per connection.
 *
 * @param experimentalApi           opt in to experimental methods and fields
 * @param optOutNotificationMethods exact notification method names this connection does not want
 */
public record InitializeCapabilities(Boolean experimentalApi, List<String> optOutNotificationMethods) {
}
