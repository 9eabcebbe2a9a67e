// expect: breaking
// why: cppkafka::TopicPartition is a value class with exported constructor and getters that consumers construct on
// why: their stack and keep in vectors. v2 adds std::string metadata_ after offset_, growing it from 48 to 80
// why: bytes: objects allocated by old binaries are too small for the v2 constructor that writes metadata_.
// abidiff: 4 agree
//--- v1/topic_partition.h
#include <cstdint>
#include <string>
namespace cppkafka {
class TopicPartition {
public:
    TopicPartition(const std::string &topic, int partition, int64_t offset);
    const std::string &get_topic() const;
    int get_partition() const;
    int64_t get_offset() const;
private:
    std::string topic_;
    int partition_;
    int64_t offset_;
};
}
//--- v2/topic_partition.h
#include <cstdint>
#include <string>
namespace cppkafka {
class TopicPartition {
public:
    TopicPartition(const std::string &topic, int partition, int64_t offset);
    const std::string &get_topic() const;
    int get_partition() const;
    int64_t get_offset() const;
private:
    std::string topic_;
    int partition_;
    int64_t offset_;
    std::string metadata_;
};
}
//--- v1
#include "topic_partition.h"
namespace cppkafka {
TopicPartition::TopicPartition(const std::string &topic, int partition, int64_t offset) : topic_(topic), partition_(partition), offset_(offset) {}
const std::string &TopicPartition::get_topic() const { return topic_; }
int TopicPartition::get_partition() const { return partition_; }
int64_t TopicPartition::get_offset() const { return offset_; }
}
//--- v2
#include "topic_partition.h"
namespace cppkafka {
TopicPartition::TopicPartition(const std::string &topic, int partition, int64_t offset) : topic_(topic), partition_(partition), offset_(offset), metadata_() {}
const std::string &TopicPartition::get_topic() const { return topic_; }
int TopicPartition::get_partition() const { return partition_; }
int64_t TopicPartition::get_offset() const { return offset_; }
}
