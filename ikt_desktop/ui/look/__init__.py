"""How the app looks: the light, dark and high-contrast palettes (following the system's
colour scheme unless chosen under View ▸ Theme), every text colour the app sets, and the
bundled icons recoloured for the palette in use."""
