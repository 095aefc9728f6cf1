"""The district office's window: every school side by side, and importing their files."""
