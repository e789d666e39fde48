"""The Qt-free engine: goal data, catalogue, PDF text, the Whoosh index and search."""
