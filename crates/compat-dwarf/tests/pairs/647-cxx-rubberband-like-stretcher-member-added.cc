// expect: breaking
// why: RubberBandStretcher has an exported constructor, so consumers allocate it (on their stack or inside their
// why: own classes). v2 adds int m_logLevel after the pimpl pointer: the class grows from 8 to 16 bytes and the
// why: constructor writes past an old consumer's object.
// abidiff: 4 agree
//--- v1/RubberBandStretcher.h
namespace RubberBand {
class RubberBandStretcher {
public:
  RubberBandStretcher(unsigned sampleRate, unsigned channels);
  ~RubberBandStretcher();
  void setTimeRatio(double ratio);
private:
  class Impl;
  Impl *m_d;
};
}
//--- v2/RubberBandStretcher.h
namespace RubberBand {
class RubberBandStretcher {
public:
  RubberBandStretcher(unsigned sampleRate, unsigned channels);
  ~RubberBandStretcher();
  void setTimeRatio(double ratio);
private:
  class Impl;
  Impl *m_d;
  int m_logLevel;
};
}
//--- v1
#include "RubberBandStretcher.h"
namespace RubberBand {
class RubberBandStretcher::Impl { public: unsigned rate, channels; double ratio; };
RubberBandStretcher::RubberBandStretcher(unsigned sampleRate, unsigned channels) : m_d(new Impl{sampleRate, channels, 1.0}) {}
RubberBandStretcher::~RubberBandStretcher() { delete m_d; }
void RubberBandStretcher::setTimeRatio(double ratio) { m_d->ratio = ratio; }
}
//--- v2
#include "RubberBandStretcher.h"
namespace RubberBand {
class RubberBandStretcher::Impl { public: unsigned rate, channels; double ratio; };
RubberBandStretcher::RubberBandStretcher(unsigned sampleRate, unsigned channels) : m_d(new Impl{sampleRate, channels, 1.0}), m_logLevel(1) {}
RubberBandStretcher::~RubberBandStretcher() { delete m_d; }
void RubberBandStretcher::setTimeRatio(double ratio) { if (m_logLevel > 2) return; m_d->ratio = ratio; }
}
