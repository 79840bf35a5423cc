"""Source formats: each identifies its documents and names their cleaning and metadata steps."""
