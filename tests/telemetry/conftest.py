"""The kiosk telling the library (metrics, status snapshot, systemd notification, alert rules), without Qt."""
