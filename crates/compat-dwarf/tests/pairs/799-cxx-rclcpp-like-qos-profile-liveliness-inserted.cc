// expect: breaking
// why: rclcpp::QoS wraps an rmw_qos_profile_t by value; consumers construct it (its constructor is exported) and pass
// why: it by const reference to create_publisher. ROS 2 Dashing inserted liveliness and liveliness_lease_duration
// why: before avoid_ros_namespace_conventions: the C struct, and so QoS, grow from 64 to 88 bytes and the flag moves
// why: from byte 56 to 80, so the library writes past old callers' objects and reads their flag at the wrong offset.
// abidiff: 4 agree
//--- v1/rmw_qos.h
#include <cstddef>
#include <cstdint>
extern "C" {
typedef struct rmw_time_s { std::uint64_t sec; std::uint64_t nsec; } rmw_time_t;
typedef enum rmw_qos_reliability_policy_e { RMW_QOS_POLICY_RELIABILITY_SYSTEM_DEFAULT, RMW_QOS_POLICY_RELIABILITY_RELIABLE, RMW_QOS_POLICY_RELIABILITY_BEST_EFFORT } rmw_qos_reliability_policy_t;
typedef struct rmw_qos_profile_s {
    int history;
    std::size_t depth;
    rmw_qos_reliability_policy_t reliability;
    int durability;
    rmw_time_t deadline;
    rmw_time_t lifespan;
    bool avoid_ros_namespace_conventions;
} rmw_qos_profile_t;
}
namespace rclcpp {
class QoS {
public:
    explicit QoS(std::size_t depth);
    QoS &reliable();
    const rmw_qos_profile_t &get_rmw_qos_profile() const;
private:
    rmw_qos_profile_t rmw_qos_profile_;
};
int create_publisher(const char *topic, const QoS &qos);
}
//--- v2/rmw_qos.h
#include <cstddef>
#include <cstdint>
extern "C" {
typedef struct rmw_time_s { std::uint64_t sec; std::uint64_t nsec; } rmw_time_t;
typedef enum rmw_qos_reliability_policy_e { RMW_QOS_POLICY_RELIABILITY_SYSTEM_DEFAULT, RMW_QOS_POLICY_RELIABILITY_RELIABLE, RMW_QOS_POLICY_RELIABILITY_BEST_EFFORT } rmw_qos_reliability_policy_t;
typedef enum rmw_qos_liveliness_policy_e { RMW_QOS_POLICY_LIVELINESS_SYSTEM_DEFAULT, RMW_QOS_POLICY_LIVELINESS_AUTOMATIC, RMW_QOS_POLICY_LIVELINESS_MANUAL_BY_TOPIC = 3 } rmw_qos_liveliness_policy_t;
typedef struct rmw_qos_profile_s {
    int history;
    std::size_t depth;
    rmw_qos_reliability_policy_t reliability;
    int durability;
    rmw_time_t deadline;
    rmw_time_t lifespan;
    rmw_qos_liveliness_policy_t liveliness;
    rmw_time_t liveliness_lease_duration;
    bool avoid_ros_namespace_conventions;
} rmw_qos_profile_t;
}
namespace rclcpp {
class QoS {
public:
    explicit QoS(std::size_t depth);
    QoS &reliable();
    const rmw_qos_profile_t &get_rmw_qos_profile() const;
private:
    rmw_qos_profile_t rmw_qos_profile_;
};
int create_publisher(const char *topic, const QoS &qos);
}
//--- v1
#include "rmw_qos.h"
namespace rclcpp {
QoS::QoS(std::size_t depth) : rmw_qos_profile_{1, depth, RMW_QOS_POLICY_RELIABILITY_SYSTEM_DEFAULT, 0, {0, 0}, {0, 0}, false} {}
QoS &QoS::reliable() { rmw_qos_profile_.reliability = RMW_QOS_POLICY_RELIABILITY_RELIABLE; return *this; }
const rmw_qos_profile_t &QoS::get_rmw_qos_profile() const { return rmw_qos_profile_; }
int create_publisher(const char *topic, const QoS &qos) { const rmw_qos_profile_t &p = qos.get_rmw_qos_profile(); return topic && p.depth > 0 ? (p.avoid_ros_namespace_conventions ? 2 : 1) : -1; }
}
//--- v2
#include "rmw_qos.h"
namespace rclcpp {
QoS::QoS(std::size_t depth) : rmw_qos_profile_{1, depth, RMW_QOS_POLICY_RELIABILITY_SYSTEM_DEFAULT, 0, {0, 0}, {0, 0}, RMW_QOS_POLICY_LIVELINESS_SYSTEM_DEFAULT, {0, 0}, false} {}
QoS &QoS::reliable() { rmw_qos_profile_.reliability = RMW_QOS_POLICY_RELIABILITY_RELIABLE; return *this; }
const rmw_qos_profile_t &QoS::get_rmw_qos_profile() const { return rmw_qos_profile_; }
int create_publisher(const char *topic, const QoS &qos) { const rmw_qos_profile_t &p = qos.get_rmw_qos_profile(); return topic && p.depth > 0 ? (p.avoid_ros_namespace_conventions ? 2 : 1) : -1; }
}
