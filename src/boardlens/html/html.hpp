#pragma once
/// HTML that is escaped by default. Markup can only come from string literals in our source
/// (`Markup` is consteval) and from `Escape`; every other string is text and gets escaped on
/// its way in. So nothing a user typed can become a tag or an attribute, whatever page it
/// ends up on.

#include <concepts>
#include <initializer_list>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace boardlens::html {

/// A string literal of markup with `{}` where arguments go. consteval, so a runtime string
/// cannot become one.
struct Markup {
  template <std::size_t N>
  consteval Markup(const char (&literal)[N])  // NOLINT(google-explicit-constructor)
      : text(literal, N - 1) {}
  std::string_view text;
};

class Html {
 public:
  Html() = default;
  Html(Markup literal) : markup_(literal.text) {}  // NOLINT(google-explicit-constructor)

  const std::string& str() const { return markup_; }
  bool empty() const { return markup_.empty(); }
  Html& operator+=(const Html& other) {
    markup_ += other.markup_;
    return *this;
  }
  friend Html operator+(Html a, const Html& b) { return a += b; }

 private:
  friend Html Escape(std::string_view text);
  friend Html Substitute(std::string_view tmpl, std::initializer_list<Html> args);
  struct Trusted {};
  Html(Trusted /*unused*/, std::string markup) : markup_(std::move(markup)) {}
  std::string markup_;
};

/// Text as HTML: & < > " ' become entities, so it is safe in content and quoted attributes.
Html Escape(std::string_view text);

/// `tmpl` with each `{}` replaced by the next argument. Throws std::logic_error when the
/// counts differ (a programming error, caught by the page tests).
Html Substitute(std::string_view tmpl, std::initializer_list<Html> args);

inline Html ToHtml(const Html& h) { return h; }
inline Html ToHtml(std::string_view text) { return Escape(text); }
inline Html ToHtml(const std::string& text) { return Escape(text); }
inline Html ToHtml(const char* text) { return Escape(text); }
template <typename T>
requires std::integral<T> &&(!std::same_as<T, bool>)&&(!std::same_as<T, char>)Html
    ToHtml(T number) {
  return Escape(std::to_string(number));
}

/// A markup literal with exactly `Holes` placeholders, checked as it compiles: a template whose
/// `{}` count differs from its arguments' is an error in the build, not at request time.
template <std::size_t Holes>
struct MarkupFor {
  template <std::size_t N>
  consteval MarkupFor(const char (&literal)[N])  // NOLINT(google-explicit-constructor)
      : text(literal, N - 1) {
    std::size_t holes = 0;
    for (std::size_t at = text.find("{}"); at != std::string_view::npos;
         at = text.find("{}", at + 2)) {
      ++holes;
    }
    if (holes != Holes) PlaceholdersDoNotMatchArguments();
  }
  std::string_view text;

 private:
  // Not constexpr: calling it in a constant expression stops the compiler with its name.
  static void PlaceholdersDoNotMatchArguments() {}
};

/// Render("<a href=\"{}\">{}</a>", url, label): Html arguments go in as they are, text and
/// numbers are escaped.
template <typename... Args>
Html Render(MarkupFor<sizeof...(Args)> tmpl, const Args&... args) {
  return Substitute(tmpl.text, {ToHtml(args)...});
}

/// Items one after another.
Html Join(const std::vector<Html>& parts);

}  // namespace boardlens::html
