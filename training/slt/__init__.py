"""Sign → text (SLT) training: landmark features shared with the TypeScript runtime."""
