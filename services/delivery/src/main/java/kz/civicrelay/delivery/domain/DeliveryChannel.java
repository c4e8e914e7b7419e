package kz.civicrelay.delivery.domain;

/** How a message reaches a subscription. (On the wire: the events' {@code DeliveryChannel}, mapped by the codec.) */
public enum DeliveryChannel {
    EMAIL,
    WEBHOOK
}
