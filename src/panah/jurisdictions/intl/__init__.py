"""The international law pack: treaties binding Kazakhstan, UN procedures and UNHCR guidance."""
