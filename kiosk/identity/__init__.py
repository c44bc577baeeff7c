"""Identity: My Number Card authentication (certificate trust, challenge signature, revocation) and the link table."""
