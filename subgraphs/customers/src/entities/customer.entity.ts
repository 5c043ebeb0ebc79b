import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('customers')
@Index('IDX_CUSTOMERS_CREATED', ['createdAt', 'id'])
export class CustomerEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'display_name', type: 'text', nullable: true })
  displayName: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  locale: string | null;

  @Column({ type: 'char', length: 2, nullable: true })
  country: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
