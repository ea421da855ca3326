"""migtl: timelines, meetings and tenures from migration-governance press releases."""

__version__ = "0.1.0"
