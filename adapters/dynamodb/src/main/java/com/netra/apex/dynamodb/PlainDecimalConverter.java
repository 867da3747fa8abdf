package com.netra.apex.dynamodb;

import java.math.BigDecimal;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Stores a BigDecimal as an exact DynamoDB Number written in plain notation (never a double). */
public final class PlainDecimalConverter implements AttributeConverter<BigDecimal> {

    @Override
    public AttributeValue transformFrom(BigDecimal input) {
        // Plain notation keeps items readable in the console and in exports ("0.000000375", not "3.75E-7").
        return AttributeValue.fromN(input.toPlainString());
    }

    @Override
    public BigDecimal transformTo(AttributeValue input) {
        return new BigDecimal(input.n());
    }

    @Override
    public EnhancedType<BigDecimal> type() {
        return EnhancedType.of(BigDecimal.class);
    }

    @Override
    public AttributeValueType attributeValueType() {
        return AttributeValueType.N;
    }
}
