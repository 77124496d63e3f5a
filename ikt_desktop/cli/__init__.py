"""The headless sub-commands (``ikt-desktop COMMAND``), one module per command group;
``main`` dispatches. May import services, domain, importers and exporters; never Qt."""
