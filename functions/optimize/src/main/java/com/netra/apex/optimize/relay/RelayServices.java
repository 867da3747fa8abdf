package com.netra.apex.optimize.relay;

import com.netra.apex.optimize.upstream.ResilientUpstream;
import com.netra.apex.optimize.upstream.UpstreamClient;
import java.time.Clock;

/** What every relay needs: request parsing and routing, the upstream client and its resilience, metering, time. */
public record RelayServices(RelayRequests requests, UpstreamClient upstream, ResilientUpstream resilient, Meter meter,
                            Clock clock) {
}
