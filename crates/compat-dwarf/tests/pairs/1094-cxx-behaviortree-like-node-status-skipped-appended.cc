// expect: info
// why: BT::NodeStatus, an enum class over int, is what consumers' tick() overrides return and what executeTick()
// why: returns to them. BehaviorTree.CPP 4 appends SKIPPED = 4 after FAILURE: the enumerators that exist keep their
// why: values, the type keeps its size and signedness, and the library returns SKIPPED only for nodes given a
// why: skip condition, which old trees cannot have. Appending an enumerator is compatible.
// abidiff: 0 agree
//--- v1/tree_node.h
#include <string>
namespace BT {
enum class NodeStatus { IDLE = 0, RUNNING = 1, SUCCESS = 2, FAILURE = 3 };
const char *toStr(NodeStatus status);
class TreeNode {
public:
    explicit TreeNode(std::string name);
    virtual ~TreeNode();
    NodeStatus executeTick();
    NodeStatus status() const;
    const std::string &name() const;
    virtual void halt() = 0;
protected:
    virtual NodeStatus tick() = 0;
    void setStatus(NodeStatus new_status);
private:
    std::string name_;
    NodeStatus status_;
};
}
//--- v2/tree_node.h
#include <string>
namespace BT {
enum class NodeStatus { IDLE = 0, RUNNING = 1, SUCCESS = 2, FAILURE = 3, SKIPPED = 4 };
const char *toStr(NodeStatus status);
class TreeNode {
public:
    explicit TreeNode(std::string name);
    virtual ~TreeNode();
    NodeStatus executeTick();
    NodeStatus status() const;
    const std::string &name() const;
    virtual void halt() = 0;
protected:
    virtual NodeStatus tick() = 0;
    void setStatus(NodeStatus new_status);
private:
    std::string name_;
    NodeStatus status_;
};
}
//--- v1
#include "tree_node.h"
namespace BT {
const char *toStr(NodeStatus status) {
    switch (status) {
    case NodeStatus::IDLE: return "IDLE";
    case NodeStatus::RUNNING: return "RUNNING";
    case NodeStatus::SUCCESS: return "SUCCESS";
    case NodeStatus::FAILURE: return "FAILURE";
    }
    return "";
}
TreeNode::TreeNode(std::string name) : name_(std::move(name)), status_(NodeStatus::IDLE) {}
TreeNode::~TreeNode() {}
NodeStatus TreeNode::executeTick() { NodeStatus s = tick(); setStatus(s); return s; }
NodeStatus TreeNode::status() const { return status_; }
const std::string &TreeNode::name() const { return name_; }
void TreeNode::setStatus(NodeStatus new_status) { status_ = new_status; }
}
//--- v2
#include "tree_node.h"
namespace BT {
const char *toStr(NodeStatus status) {
    switch (status) {
    case NodeStatus::IDLE: return "IDLE";
    case NodeStatus::RUNNING: return "RUNNING";
    case NodeStatus::SUCCESS: return "SUCCESS";
    case NodeStatus::FAILURE: return "FAILURE";
    case NodeStatus::SKIPPED: return "SKIPPED";
    }
    return "";
}
TreeNode::TreeNode(std::string name) : name_(std::move(name)), status_(NodeStatus::IDLE) {}
TreeNode::~TreeNode() {}
NodeStatus TreeNode::executeTick() { NodeStatus s = tick(); setStatus(s); return s; }
NodeStatus TreeNode::status() const { return status_; }
const std::string &TreeNode::name() const { return name_; }
void TreeNode::setStatus(NodeStatus new_status) { status_ = new_status; }
}
