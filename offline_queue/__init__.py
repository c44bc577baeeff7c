"""The durable, encrypted offline transaction journal and its replay."""
