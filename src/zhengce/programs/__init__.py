"""Programs run as software: money held, released and subsidised under a policy's rules."""
