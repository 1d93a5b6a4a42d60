#pragma once

namespace aif {

// The studio's light and dark themes (View ▸ Theme): the Fusion style with a palette, so every
// widget follows, charts included (views/common/chartstyle.h). Remembered in QSettings.
enum class Theme { Light, Dark };

void applyTheme(Theme theme);
Theme storedTheme();
void storeTheme(Theme theme);

} // namespace aif
