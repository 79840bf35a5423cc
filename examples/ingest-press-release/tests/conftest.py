"""The ingest test kit gives fresh pipelines and document factories."""

pytest_plugins = ["ingest.testing"]
