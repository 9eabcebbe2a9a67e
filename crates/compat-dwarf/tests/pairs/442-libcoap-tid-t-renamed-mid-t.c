// expect: none
// why: libcoap 4.3 renames the message-id type: typedef int coap_tid_t becomes typedef int coap_mid_t (the value was
// why: always the CoAP message id, never a transaction id), and coap_send, coap_send_ack and the response handler's id
// why: parameter are spelled with the new name; the header keeps coap_tid_t as a deprecated alias of coap_mid_t. Both
// why: names are typedefs of int: every result in %eax, every argument register and the callback's signature are
// why: the same types as before. (libcoap 4.3 also reworked the response handler; only the rename is modelled here.)
// abidiff: 0 agree
//--- v1/coap.h
#include <stddef.h>
#include <stdint.h>
typedef int coap_tid_t;
#define COAP_INVALID_TID -1
typedef struct coap_context_t coap_context_t;
typedef struct coap_session_t coap_session_t;
typedef struct coap_pdu_t { uint8_t type; uint8_t code; uint16_t tid; uint8_t *token; size_t used_size; } coap_pdu_t;
typedef void (*coap_response_handler_t)(coap_context_t *context, coap_session_t *session, coap_pdu_t *sent, coap_pdu_t *received, const coap_tid_t id);
coap_context_t *coap_new_context(void);
void coap_register_response_handler(coap_context_t *context, coap_response_handler_t handler);
coap_tid_t coap_send(coap_session_t *session, coap_pdu_t *pdu);
coap_tid_t coap_send_ack(coap_session_t *session, coap_pdu_t *request);
int coap_handle_response(coap_context_t *context, coap_session_t *session, coap_pdu_t *received);
void coap_free_context(coap_context_t *context);
//--- v2/coap.h
#include <stddef.h>
#include <stdint.h>
typedef int coap_mid_t;
#define COAP_INVALID_MID -1
typedef coap_mid_t coap_tid_t;
#define COAP_INVALID_TID COAP_INVALID_MID
typedef struct coap_context_t coap_context_t;
typedef struct coap_session_t coap_session_t;
typedef struct coap_pdu_t { uint8_t type; uint8_t code; uint16_t tid; uint8_t *token; size_t used_size; } coap_pdu_t;
typedef void (*coap_response_handler_t)(coap_context_t *context, coap_session_t *session, coap_pdu_t *sent, coap_pdu_t *received, const coap_mid_t id);
coap_context_t *coap_new_context(void);
void coap_register_response_handler(coap_context_t *context, coap_response_handler_t handler);
coap_mid_t coap_send(coap_session_t *session, coap_pdu_t *pdu);
coap_mid_t coap_send_ack(coap_session_t *session, coap_pdu_t *request);
int coap_handle_response(coap_context_t *context, coap_session_t *session, coap_pdu_t *received);
void coap_free_context(coap_context_t *context);
//--- v1
#include <stdlib.h>
#include "coap.h"
struct coap_context_t { coap_response_handler_t response_handler; coap_pdu_t *sent[8]; unsigned next; };
struct coap_session_t { coap_context_t *context; uint16_t message_id; };
coap_context_t *coap_new_context(void) { return calloc(1, sizeof(coap_context_t)); }
void coap_register_response_handler(coap_context_t *context, coap_response_handler_t handler) { context->response_handler = handler; }
coap_tid_t coap_send(coap_session_t *session, coap_pdu_t *pdu) {
  if (!session || !pdu) return COAP_INVALID_TID;
  pdu->tid = ++session->message_id;
  session->context->sent[session->context->next++ % 8] = pdu;
  return pdu->tid;
}
coap_tid_t coap_send_ack(coap_session_t *session, coap_pdu_t *request) { return request->type == 0 ? (coap_tid_t)request->tid : COAP_INVALID_TID + 0 * session->message_id; }
int coap_handle_response(coap_context_t *context, coap_session_t *session, coap_pdu_t *received) {
  for (unsigned i = 0; i < 8; i++)
    if (context->sent[i] && context->sent[i]->tid == received->tid) {
      if (context->response_handler) context->response_handler(context, session, context->sent[i], received, (coap_tid_t)received->tid);
      context->sent[i] = NULL;
      return 0;
    }
  return -1;
}
void coap_free_context(coap_context_t *context) { free(context); }
//--- v2
#include <stdlib.h>
#include "coap.h"
struct coap_context_t { coap_response_handler_t response_handler; coap_pdu_t *sent[8]; unsigned next; };
struct coap_session_t { coap_context_t *context; uint16_t message_id; };
coap_context_t *coap_new_context(void) { return calloc(1, sizeof(coap_context_t)); }
void coap_register_response_handler(coap_context_t *context, coap_response_handler_t handler) { context->response_handler = handler; }
coap_mid_t coap_send(coap_session_t *session, coap_pdu_t *pdu) {
  if (!session || !pdu) return COAP_INVALID_MID;
  pdu->tid = ++session->message_id;
  session->context->sent[session->context->next++ % 8] = pdu;
  return pdu->tid;
}
coap_mid_t coap_send_ack(coap_session_t *session, coap_pdu_t *request) { return request->type == 0 ? (coap_mid_t)request->tid : COAP_INVALID_MID + 0 * session->message_id; }
int coap_handle_response(coap_context_t *context, coap_session_t *session, coap_pdu_t *received) {
  for (unsigned i = 0; i < 8; i++)
    if (context->sent[i] && context->sent[i]->tid == received->tid) {
      if (context->response_handler) context->response_handler(context, session, context->sent[i], received, (coap_mid_t)received->tid);
      context->sent[i] = NULL;
      return 0;
    }
  return -1;
}
void coap_free_context(coap_context_t *context) { free(context); }
