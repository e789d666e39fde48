"""The Qt face of Tromsvekst Desktop: window, models and widgets over the Qt-free core."""
