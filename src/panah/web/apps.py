from __future__ import annotations

from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "panah.web"
    label = "panah_web"
    verbose_name = "Panah web"
