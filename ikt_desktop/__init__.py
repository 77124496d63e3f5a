"""iKT Desktop: offline qualitative interview research."""

__version__ = "0.1.0"
APP_NAME = "iKT Desktop"
