#pragma once
/// The registry: how the use cases find what they stand on, without a feature knowing how it
/// was made.
/// Features register a factory per type at start-up; each thread then makes its own
/// instance on first use, because a database connection must not be shared between threads.
/// Objects every thread shares (settings, caches, the clock) are registered with Share.

#include <cstdint>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <typeindex>
#include <unordered_map>
#include <vector>

namespace boardlens {

class Scope;

namespace detail {
/// Every type some code in the program asks a Scope for, recorded as the program starts:
/// each Get<T> the compiler sees adds its T once, whether or not it ever runs.
std::vector<std::type_index>& TypesAskedFor();
template <typename T>
struct AskedFor {
  static inline const bool recorded = (TypesAskedFor().emplace_back(typeid(T)), true);
};
}  // namespace detail

class Registry {
 public:
  Registry();
  /// Forgets the calling thread's scope (other threads' scopes end with their threads).
  ~Registry();
  Registry(const Registry&) = delete;
  Registry& operator=(const Registry&) = delete;

  template <typename T>
  using Factory = std::function<std::shared_ptr<T>(Scope&)>;

  /// Each thread's T comes from `make`, called the first time the thread asks for a T.
  template <typename T>
  void Provide(Factory<T> make) {
    factories_[typeid(T)] = [make = std::move(make)](Scope& scope) -> std::shared_ptr<void> {
      return make(scope);
    };
  }
  /// Every thread gets `object` itself, which must outlive the services and be thread-safe.
  template <typename T>
  void Share(T& object) {
    Provide<T>([&object](Scope&) { return std::shared_ptr<T>(std::shared_ptr<void>(), &object); });
  }
  /// Every thread gets the one it made as a U, seen as a T (an interface U implements).
  template <typename T, typename U>
  void ProvideAs();

  /// Throws std::logic_error naming each type that some code asks for and nothing provides,
  /// so that a registration left out stops the program as it starts, not on the first
  /// request that needs it.
  void RequireAllProvided() const;

  /// The calling thread's scope over these services, made on first use.
  Scope& ThisThread() const;

 private:
  friend class Scope;
  std::uint64_t serial_;  ///< tells apart instances that may reuse one address
  std::unordered_map<std::type_index, std::function<std::shared_ptr<void>(Scope&)>> factories_;
};

/// One thread's instances. Not thread-safe: each thread has its own.
class Scope {
 public:
  explicit Scope(const Registry& services) : services_(services) {}
  Scope(const Scope&) = delete;
  Scope& operator=(const Scope&) = delete;

  template <typename T>
  T& Get() {
    static_cast<void>(detail::AskedFor<T>::recorded);
    const std::type_index type = typeid(T);
    if (const auto it = made_.find(type); it != made_.end()) {
      return *static_cast<T*>(it->second.get());
    }
    const auto factory = services_.factories_.find(type);
    if (factory == services_.factories_.end()) {
      throw std::logic_error(std::string("no service registered for ") + type.name());
    }
    std::shared_ptr<void> made = factory->second(*this);
    T& object = *static_cast<T*>(made.get());
    made_.emplace(type, std::move(made));
    order_.push_back(type);
    return object;
  }

  ~Scope() {
    // Newest first: what was made later may depend on what was made before it.
    for (auto it = order_.rbegin(); it != order_.rend(); ++it) made_.erase(*it);
  }

 private:
  const Registry& services_;
  std::unordered_map<std::type_index, std::shared_ptr<void>> made_;
  std::vector<std::type_index> order_;
};

template <typename T, typename U>
void Registry::ProvideAs() {
  Provide<T>([](Scope& scope) {
    return std::shared_ptr<T>(std::shared_ptr<void>(), static_cast<T*>(&scope.Get<U>()));
  });
}

}  // namespace boardlens
