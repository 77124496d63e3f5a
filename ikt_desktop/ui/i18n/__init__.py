"""The interface language: Qt translators (ours and Qt's own) and View ▸ Language."""
