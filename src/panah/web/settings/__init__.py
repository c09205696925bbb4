"""Settings: ``base`` (shared), ``dev`` (local use, ``panah serve``), ``prod`` (secrets from
the environment, fail fast), ``test`` (pytest)."""
