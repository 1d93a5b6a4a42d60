#pragma once

namespace aif {

// The studio's light and dark themes (View ▸ Theme): the Fusion style with a palette, so every
// widget follows; charts keep their light cards, which read on both. Remembered in QSettings.
enum class Theme { Light, Dark };

void applyTheme(Theme theme);
Theme storedTheme();
void storeTheme(Theme theme);

} // namespace aif
