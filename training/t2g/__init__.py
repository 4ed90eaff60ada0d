"""German text → DGS gloss: a small transformer seq2seq trained on PHOENIX-2014T, exported to ONNX."""
