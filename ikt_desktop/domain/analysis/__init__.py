"""Agreement statistics, matrices, chart scales, co-occurrence ordering.
Pure: imports only domain."""
