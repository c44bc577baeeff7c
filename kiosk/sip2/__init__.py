"""SIP2: the sans-I/O codec and conversations, the blocking client, and the demo library system."""
